require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 505
    json message: 'HTTP Version Not Supported'
end
