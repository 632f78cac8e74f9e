require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 502
    json message: 'Bad Gateway'
end
