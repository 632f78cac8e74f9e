require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 306
    json message: '(Unused)'
end
